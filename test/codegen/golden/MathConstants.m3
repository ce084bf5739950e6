(* The constants of Math, printed to eight places; Pi * Degree * 180 is Pi. *)
MODULE MathConstants EXPORTS Main;
IMPORT IO, Fmt, Math;
PROCEDURE Show (name: TEXT; x: LONGREAL) =
  BEGIN
    IO.Put(name & " " & Fmt.LongReal(x, Fmt.Style.Fix, 8) & "\n")
  END Show;
BEGIN
  Show("Pi", Math.Pi);
  Show("E", Math.E);
  Show("SqrtPi", Math.SqrtPi);
  Show("LogPi", Math.LogPi);
  Show("Degree", Math.Degree);
  Show("180deg", 180.0D0 * Math.Degree)
END MathConstants.
