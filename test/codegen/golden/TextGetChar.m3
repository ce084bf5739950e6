(* Text.GetChar returns the character at a zero-based index; walking it spells the text backwards. *)
MODULE TextGetChar EXPORTS Main;
IMPORT IO, Text;
VAR t := "Modula-3";
BEGIN
  IO.PutChar(Text.GetChar(t, 0));
  IO.PutChar(Text.GetChar(t, 7));
  IO.PutChar('\n');
  FOR i := Text.Length(t) - 1 TO 0 BY -1 DO IO.PutChar(Text.GetChar(t, i)) END;
  IO.PutChar('\n')
END TextGetChar.
