(* IO's input procedures on standard input: GetInt, GetReal, GetChar, GetLine, EOF, and IO.Error
   for a word that is not a number and at the end of the input. *)
MODULE IOGetInput EXPORTS Main;
IMPORT IO, Fmt;
VAR sum := 0; n: INTEGER;
BEGIN
  TRY
    n := IO.GetInt();
    FOR i := 1 TO n DO INC(sum, IO.GetInt()) END;
    IO.Put("sum of " & Fmt.Int(n) & " = " & Fmt.Int(sum) & "\n");
    IO.Put("real: " & Fmt.Real(IO.GetReal()) & "\n");
    IO.Put("char after the blank: [" & Fmt.Char(IO.GetChar()) & "]\n");
    IO.Put("rest of line: [" & IO.GetLine() & "]\n");
    TRY
      EVAL IO.GetInt()
    EXCEPT
    | IO.Error => IO.Put("not an integer\n")
    END;
    WHILE NOT IO.EOF() DO IO.Put("line: [" & IO.GetLine() & "]\n") END;
    IO.Put("EOF: " & Fmt.Bool(IO.EOF()) & "\n");
    EVAL IO.GetLine()
  EXCEPT
  | IO.Error => IO.Put("IO.Error at the end\n")
  END
END IOGetInput.
