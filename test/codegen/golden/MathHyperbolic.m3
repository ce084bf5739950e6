(* Math.sinh, cosh and tanh; cosh^2 - sinh^2 = 1 and tanh = sinh / cosh. *)
MODULE MathHyperbolic EXPORTS Main;
IMPORT IO, Fmt, Math;
VAR s := Math.sinh(1.0D0); c := Math.cosh(1.0D0);
BEGIN
  IO.Put(Fmt.LongReal(s, Fmt.Style.Fix, 4) & " " & Fmt.LongReal(c, Fmt.Style.Fix, 4) & " " & Fmt.LongReal(Math.tanh(1.0D0), Fmt.Style.Fix, 4) & "\n");
  IO.Put(Fmt.LongReal(c * c - s * s, Fmt.Style.Fix, 6) & " " & Fmt.LongReal(s / c, Fmt.Style.Fix, 4) & "\n");
  IO.Put(Fmt.LongReal(Math.tanh(-20.0D0), Fmt.Style.Fix, 4) & "\n")
END MathHyperbolic.
