(* CHAR values, ORD and VAL, and comparisons. *)
MODULE Chars EXPORTS Main;
IMPORT IO, Fmt;
VAR c := 'A';
BEGIN
  IO.PutChar(c);
  IO.PutChar(VAL(ORD(c) + 1, CHAR));
  IO.Put("\n" & Fmt.Int(ORD('a')) & " " & Fmt.Bool('a' < 'b') & " " & Fmt.Char('z') & "\n");
  FOR ch := 'a' TO 'e' DO IO.PutChar(ch) END;
  IO.Put("\n")
END Chars.
