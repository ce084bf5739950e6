(* REAL and LONGREAL arithmetic, FLOAT, FLOOR, CEILING, ROUND, TRUNC. *)
MODULE Reals EXPORTS Main;
IMPORT IO, Fmt;
VAR x := 2.5D0; y := -2.5D0; r: REAL := 1.5;
BEGIN
  IO.Put(Fmt.Int(FLOOR(x)) & " " & Fmt.Int(CEILING(x)) & " " & Fmt.Int(ROUND(x)) & " " & Fmt.Int(TRUNC(x)) & "\n");
  IO.Put(Fmt.Int(FLOOR(y)) & " " & Fmt.Int(CEILING(y)) & " " & Fmt.Int(ROUND(y)) & " " & Fmt.Int(TRUNC(y)) & "\n");
  IO.Put(Fmt.LongReal(x * 4.0D0) & " " & Fmt.LongReal(FLOAT(7, LONGREAL) / 2.0D0) & " " & Fmt.Real(r * 2.0) & "\n");
  IO.Put(Fmt.LongReal(1.0D0 / 3.0D0, Fmt.Style.Fix, 4) & " " & Fmt.LongReal(123456.0D0) & "\n");
  IO.Put(Fmt.Bool(x > y) & " " & Fmt.LongReal(ABS(y)) & " " & Fmt.LongReal(MAX(x, y)) & "\n")
END Reals.
