(* Math.pow raises to any real power; sqrt, cbrt and hypot take roots. *)
MODULE MathPowRoots EXPORTS Main;
IMPORT IO, Fmt, Math;
PROCEDURE Show (x: LONGREAL) =
  BEGIN
    IO.Put(Fmt.LongReal(x, Fmt.Style.Fix, 3) & "\n")
  END Show;
BEGIN
  Show(Math.pow(10.0D0, 3.0D0));
  Show(Math.pow(2.0D0, -1.0D0));
  Show(Math.pow(9.0D0, 0.5D0));
  Show(Math.sqrt(16.0D0));
  Show(Math.cbrt(-8.0D0));
  Show(Math.hypot(5.0D0, 12.0D0));
  Show(Math.cosh(0.0D0) + Math.sinh(0.0D0))
END MathPowRoots.
