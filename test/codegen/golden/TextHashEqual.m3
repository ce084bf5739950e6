(* Text.Hash depends only on the characters: equal texts have equal hashes. *)
MODULE TextHashEqual EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR a := "hash" & "me"; b := Text.Sub("xhashmex", 1, 6);
BEGIN
  IO.Put(Fmt.Bool(Text.Hash(a) = Text.Hash(b)) & "\n");
  IO.Put(Fmt.Bool(Text.Hash("") = Text.Hash(Text.Sub("abc", 3))) & "\n")
END TextHashEqual.
