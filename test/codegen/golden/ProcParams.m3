(* Procedures passed as parameters and called through a formal. *)
MODULE ProcParams EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Apply (p: PROCEDURE (x: INTEGER): INTEGER; x: INTEGER): INTEGER = BEGIN RETURN p(p(x)) END Apply;
PROCEDURE Square (x: INTEGER): INTEGER = BEGIN RETURN x * x END Square;
PROCEDURE Negate (x: INTEGER): INTEGER = BEGIN RETURN -x END Negate;
BEGIN
  IO.Put(Fmt.Int(Apply(Square, 3)) & " " & Fmt.Int(Apply(Negate, 3)) & "\n")
END ProcParams.
