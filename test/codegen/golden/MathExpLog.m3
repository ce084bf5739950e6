(* Math.exp and Math.log are inverse; log10 counts decimal digits; expm1 and log1p are exact near 0. *)
MODULE MathExpLog EXPORTS Main;
IMPORT IO, Fmt, Math;
PROCEDURE Show (x: LONGREAL) =
  BEGIN
    IO.Put(Fmt.LongReal(x, Fmt.Style.Fix, 4) & "\n")
  END Show;
BEGIN
  Show(Math.exp(0.0D0));
  Show(Math.log(1.0D0));
  Show(Math.log(Math.E));
  Show(Math.exp(Math.log(5.0D0)));
  Show(Math.log10(0.01D0));
  Show(Math.expm1(0.0D0) + Math.log1p(0.0D0));
  Show(Math.exp(2.0D0))
END MathExpLog.
