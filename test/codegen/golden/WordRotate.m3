(* Word.Rotate moves bits around the word: left for positive counts, right for negative ones. *)
MODULE WordRotate EXPORTS Main;
IMPORT IO, Fmt, Word;
BEGIN
  IO.Put(Fmt.Unsigned(Word.Rotate(1, 4)) & " " & Fmt.Unsigned(Word.Rotate(16_F, -4)) & "\n");
  IO.Put(Fmt.Unsigned(Word.RightRotate(1, 1)) & " " & Fmt.Unsigned(Word.LeftRotate(16_F000000000000000, 8)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Rotate(16_12, 64)) & " " & Fmt.Unsigned(Word.Rotate(16_12, -64)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Rotate(Word.Rotate(16_1234, 20), -20)) & "\n")
END WordRotate.
