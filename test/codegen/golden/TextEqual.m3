(* Text.Equal compares contents, not identity: texts built differently can be equal. *)
MODULE TextEqual EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR built := Text.FromChar('a') & "bc";
BEGIN
  IO.Put(Fmt.Bool(Text.Equal(built, "abc")) & "\n");
  IO.Put(Fmt.Bool(Text.Equal("abc", "abd")) & "\n");
  IO.Put(Fmt.Bool(Text.Equal("abc", "ab")) & "\n");
  IO.Put(Fmt.Bool(Text.Equal("", "")) & "\n");
  IO.Put(Fmt.Bool(Text.Equal("ABC", "abc")) & "\n")
END TextEqual.
