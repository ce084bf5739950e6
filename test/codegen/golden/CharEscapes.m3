(* Escapes in character and text literals: \n \t \\ \' \" and three octal digits. *)
MODULE CharEscapes EXPORTS Main;
IMPORT IO, Fmt, Text;
BEGIN
  IO.Put("a\tb\n");
  IO.Put("back\\slash \"quoted\" it\'s\n");
  IO.PutChar('\101'); IO.PutChar('\102'); IO.PutChar('\n');
  IO.Put(Fmt.Int(ORD('\n')) & " " & Fmt.Int(ORD('\t')) & " " & Fmt.Int(ORD('\\')) & " " & Fmt.Int(ORD('\'')) & " " & Fmt.Int(ORD('\000')) & "\n");
  IO.Put(Fmt.Int(Text.Length("\\\n\"")) & "\n")
END CharEscapes.
