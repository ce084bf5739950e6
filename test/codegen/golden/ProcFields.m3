(* Records with procedure-typed fields, called through the field. *)
MODULE ProcFields EXPORTS Main;
IMPORT IO, Fmt;
TYPE Handler = RECORD name: TEXT; run: PROCEDURE (x: INTEGER): INTEGER END;
PROCEDURE Inc (x: INTEGER): INTEGER = BEGIN RETURN x + 1 END Inc;
PROCEDURE Dbl (x: INTEGER): INTEGER = BEGIN RETURN x * 2 END Dbl;
VAR hs := ARRAY [0 .. 1] OF Handler{Handler{"inc", Inc}, Handler{"dbl", Dbl}};
BEGIN
  FOR i := 0 TO 1 DO IO.Put(hs[i].name & "(10)=" & Fmt.Int(hs[i].run(10)) & " ") END;
  IO.Put("\n")
END ProcFields.
