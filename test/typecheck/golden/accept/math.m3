(* Math: LONGREAL functions and constants. *)
MODULE MathUse EXPORTS Main;

IMPORT IO, Math, Fmt;

VAR angle := Math.Pi / 4.0D0;

BEGIN
  angle := Math.atan2(Math.sin(angle), Math.cos(angle)) + Math.sqrt(Math.pow(2.0D0, 2.0D0));
  IO.Put(Fmt.LongReal(Math.floor(angle) + Math.exp(Math.log(Math.E))) & "\n");
END MathUse.
