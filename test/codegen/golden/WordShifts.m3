(* Word.Shift moves bits left for positive and right (logically) for negative counts; vacated bits are 0. *)
MODULE WordShifts EXPORTS Main;
IMPORT IO, Fmt, Word;
BEGIN
  IO.Put(Fmt.Unsigned(Word.LeftShift(1, 63)) & " " & Fmt.Int(Word.RightShift(16_8000000000000000, 63)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Shift(16_FF, 4)) & " " & Fmt.Unsigned(Word.Shift(16_FF, -4)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Shift(-1, -60)) & " " & Fmt.Int(Word.Shift(1, -1)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Shift(-1, 60)) & " " & Fmt.Int(Word.Shift(5, -64)) & "\n");
  IO.Put(Fmt.Unsigned(Word.RightShift(-1, 1)) & "\n")
END WordShifts.
