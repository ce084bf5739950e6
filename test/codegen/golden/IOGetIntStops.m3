(* IO.GetInt and IO.GetReal read the longest number after blanks and leave the character after it
   unread, as cm3's IO (through Lex) does; no number at all is IO.Error. *)
MODULE IOGetIntStops EXPORTS Main;
IMPORT IO, Fmt;
<*FATAL IO.Error*>
BEGIN
  IO.Put(Fmt.Int(IO.GetInt()) & " [" & Fmt.Char(IO.GetChar()) & "]\n");
  IO.Put(Fmt.Int(IO.GetInt()) & " [" & Fmt.Char(IO.GetChar()) & "]\n");
  IO.Put(Fmt.Int(IO.GetInt()) & " [" & Fmt.Char(IO.GetChar()) & "]\n");
  IO.Put(Fmt.Real(IO.GetReal()) & " [" & Fmt.Char(IO.GetChar()) & "]\n");
  TRY
    EVAL IO.GetInt()
  EXCEPT
  | IO.Error => IO.Put("no number: [" & IO.GetLine() & "]\n")
  END;
  IO.Put(Fmt.Int(IO.GetInt()) & "\n");
  TRY
    EVAL IO.GetInt()
  EXCEPT
  | IO.Error => IO.Put("IO.Error at the end\n")
  END
END IOGetIntStops.
