(* TEXT: literals, concatenation, Text.Length, GetChar, Sub, Equal, Compare, FindChar. *)
MODULE TextOps EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR t := "Hello" & ", " & "world";
BEGIN
  IO.Put(t & " " & Fmt.Int(Text.Length(t)) & "\n");
  IO.PutChar(Text.GetChar(t, 7));
  IO.Put(" " & Text.Sub(t, 7) & " " & Text.Sub(t, 0, 5) & "\n");
  IO.Put(Fmt.Bool(Text.Equal(t, "Hello, world")) & " " & Fmt.Bool(Text.Equal(t, "x")) & "\n");
  IO.Put(Fmt.Int(Text.Compare("a", "b")) & Fmt.Int(Text.Compare("b", "a")) & Fmt.Int(Text.Compare("a", "a")) & "\n");
  IO.Put(Fmt.Int(Text.FindChar(t, 'o')) & " " & Fmt.Int(Text.FindCharR(t, 'o')) & " " & Fmt.Int(Text.FindChar(t, 'z')) & "\n");
  IO.Put(Fmt.Bool(Text.Empty("")) & " " & Text.FromChar('!') & "\n")
END TextOps.
