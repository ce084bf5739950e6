(* An exception may carry a record argument; the handler receives a copy of all its fields. *)
MODULE ExceptionRecordArg EXPORTS Main;
IMPORT IO, Fmt;
TYPE Where = RECORD line, column: INTEGER; what: TEXT END;
EXCEPTION SyntaxError(Where);
PROCEDURE Parse (t: TEXT) RAISES {SyntaxError} =
  BEGIN
    RAISE SyntaxError(Where{line := 3, column := 14, what := "unexpected " & t})
  END Parse;
BEGIN
  TRY
    Parse("END")
  EXCEPT
  | SyntaxError (w) => IO.Put(Fmt.Int(w.line) & ":" & Fmt.Int(w.column) & ": " & w.what & "\n")
  END
END ExceptionRecordArg.
