(* Math.fmod(x, y) is x - n*y with n truncated toward zero: the result has the sign of x. *)
MODULE MathFmod EXPORTS Main;
IMPORT IO, Fmt, Math;
PROCEDURE Show (x, y: LONGREAL) =
  BEGIN
    IO.Put(Fmt.LongReal(Math.fmod(x, y), Fmt.Style.Fix, 2) & "\n")
  END Show;
BEGIN
  Show(7.0D0, 3.0D0);
  Show(-7.0D0, 3.0D0);
  Show(7.0D0, -3.0D0);
  Show(7.5D0, 2.0D0);
  Show(1.0D0, 4.0D0)
END MathFmod.
