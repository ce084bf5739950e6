(* Word.Divide and Word.Mod treat both operands as unsigned, so -1 is the largest word. *)
MODULE WordDivMod EXPORTS Main;
IMPORT IO, Fmt, Word;
BEGIN
  IO.Put(Fmt.Int(Word.Divide(10, 3)) & " " & Fmt.Int(Word.Mod(10, 3)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Divide(-1, 2)) & "\n");
  IO.Put(Fmt.Int(Word.Mod(-1, 16)) & "\n");
  IO.Put(Fmt.Int(Word.Divide(5, -1)) & " " & Fmt.Int(Word.Mod(5, -1)) & "\n");
  IO.Put(Fmt.Int(-7 DIV 2) & " " & Fmt.Unsigned(Word.Divide(-8, 2)) & "\n")
END WordDivMod.
