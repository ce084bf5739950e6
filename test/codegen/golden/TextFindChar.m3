(* Text.FindChar searches forwards from start and returns -1 when the character is absent. *)
MODULE TextFindChar EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR t := "a,b,,c"; i := Text.FindChar(t, ',');
BEGIN
  WHILE i >= 0 DO
    IO.Put(Fmt.Int(i) & " ");
    i := Text.FindChar(t, ',', i + 1)
  END;
  IO.Put("\n");
  IO.Put(Fmt.Int(Text.FindChar(t, 'c', 5)) & " " & Fmt.Int(Text.FindChar(t, 'a', 1)) & "\n")
END TextFindChar.
