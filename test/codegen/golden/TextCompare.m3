(* TEXT values: = compares references, Text.Equal compares characters; Text.Hash agrees with Equal. *)
MODULE TextCompare EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR a := "ab" & "c"; b := "a" & "bc";
BEGIN
  IO.Put(Fmt.Bool(Text.Equal(a, b)) & " " & Fmt.Bool(Text.Hash(a) = Text.Hash(b)) & " " & Fmt.Bool(a = a) & "\n");
  IO.Put(Fmt.Int(Text.Compare("abc", "abd")) & " " & Fmt.Int(Text.Compare("ab", "abc")) & " " & Fmt.Int(Text.Compare("b", "abc")) & "\n")
END TextCompare.
