(* Word.Plus, Minus and Times wrap around modulo 2^64 instead of raising an overflow. *)
MODULE WordArith EXPORTS Main;
IMPORT IO, Fmt, Word;
BEGIN
  IO.Put(Fmt.Int(Word.Plus(LAST(INTEGER), 1)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Minus(0, 1)) & " " & Fmt.Int(Word.Minus(5, 3)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Times(16_100000000, 16_100000000)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Times(16_100000001, 16_10)) & "\n");
  IO.Put(Fmt.Int(Word.Plus(Word.Minus(7, 10), 10)) & "\n")
END WordArith.
