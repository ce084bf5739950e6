(* Word.Size is the number of bits in a word; the top bit is Word.LeftShift(1, Word.Size - 1). *)
MODULE WordSizeConst EXPORTS Main;
IMPORT IO, Fmt, Word;
CONST Top = Word.Size - 1;
BEGIN
  IO.Put(Fmt.Int(Word.Size) & " " & Fmt.Int(BITSIZE(Word.T)) & "\n");
  IO.Put(Fmt.Bool(Word.LeftShift(1, Top) = FIRST(INTEGER)) & "\n")
END WordSizeConst.
