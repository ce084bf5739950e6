(* Word.And, Or, Xor and Not work bit by bit on the whole 64-bit word. *)
MODULE WordBitwise EXPORTS Main;
IMPORT IO, Fmt, Word;
VAR a := 16_CC; b := 16_AA;
BEGIN
  IO.Put(Fmt.Unsigned(Word.And(a, b)) & " " & Fmt.Unsigned(Word.Or(a, b)) & " " & Fmt.Unsigned(Word.Xor(a, b)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Not(16_F0)) & "\n");
  IO.Put(Fmt.Int(Word.Not(0)) & " " & Fmt.Int(Word.Xor(Word.Xor(a, b), b)) & "\n");
  IO.Put(Fmt.Unsigned(Word.And(-1, 16_FFFF)) & "\n")
END WordBitwise.
