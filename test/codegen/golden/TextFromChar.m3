(* Text.FromChar makes a one-character text, Text.FromChars a text from an array of characters. *)
MODULE TextFromChar EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR letters: ARRAY [0 .. 25] OF CHAR;
BEGIN
  FOR i := 0 TO 25 DO letters[i] := VAL(ORD('a') + i, CHAR) END;
  IO.Put(Text.FromChars(letters) & "\n");
  IO.Put(Text.FromChars(SUBARRAY(letters, 23, 3)) & "\n");
  IO.Put(Fmt.Int(Text.Length(Text.FromChar('x'))) & " " & Text.FromChar('x') & "\n")
END TextFromChar.
