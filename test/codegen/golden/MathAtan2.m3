(* Math.atan2(y, x) gives the angle of the point (x, y) in the right quadrant, from -pi to pi. *)
MODULE MathAtan2 EXPORTS Main;
IMPORT IO, Fmt, Math;
PROCEDURE Show (y, x: LONGREAL) =
  BEGIN
    IO.Put(Fmt.LongReal(Math.atan2(y, x) / Math.Degree, Fmt.Style.Fix, 1) & "\n")
  END Show;
BEGIN
  Show(1.0D0, 1.0D0);
  Show(1.0D0, -1.0D0);
  Show(-1.0D0, -1.0D0);
  Show(-1.0D0, 1.0D0);
  Show(1.0D0, 0.0D0);
  Show(0.0D0, -1.0D0)
END MathAtan2.
