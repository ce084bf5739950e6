(* Fmt.Bool spells TRUE and FALSE in capitals; Fmt.Char makes a one-character text. *)
MODULE FmtBoolChar EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put(Fmt.Bool(1 < 2) & " " & Fmt.Bool(1 > 2) & "\n");
  IO.Put("<" & Fmt.Char('a') & Fmt.Char(' ') & Fmt.Char('Z') & ">\n");
  IO.Put(Fmt.Char(VAL(ORD('0') + 7, CHAR)) & "\n")
END FmtBoolChar.
