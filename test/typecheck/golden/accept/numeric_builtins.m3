(* Numeric built-ins: ABS, MIN, MAX, FLOAT, FLOOR, CEILING, ROUND, TRUNC; DIV and MOD on integers,
   "/" and MOD on reals. *)
MODULE NumericBuiltins EXPORTS Main;

IMPORT IO, Fmt;

CONST
  Rounded = ROUND(2.5);     (* 3: halves round away from zero *)
  Down = FLOOR(-1.5);       (* -2 *)
  Up = CEILING(1.2);        (* 2 *)
  Cut = TRUNC(-1.7);        (* -1 *)

VAR
  x := -7;
  r := 2.5;
  d := 2.5D0;

BEGIN
  x := ABS(x) + MIN(x, 3) + MAX(x, 3) + x DIV 2 + x MOD 3 + Rounded + Down + Up + Cut;
  r := FLOAT(x) / 2.0 + r;
  d := FLOAT(x, LONGREAL) * d;
  IO.Put(Fmt.Int(x) & Fmt.Real(r) & Fmt.LongReal(d) & Fmt.Int(FLOOR(r) + ROUND(d)) & "\n");
END NumericBuiltins.
