(* Word: unsigned arithmetic, comparisons, bitwise operations, shifts, rotations, fields. *)
MODULE WordOps EXPORTS Main;
IMPORT IO, Fmt, Word;
VAR x := 16_F0F0; m1 := -1;
BEGIN
  IO.Put(Fmt.Unsigned(Word.And(x, 16_FF)) & " " & Fmt.Unsigned(Word.Or(x, 16_F)) & " " & Fmt.Unsigned(Word.Xor(x, x)) & " " & Fmt.Unsigned(Word.Not(0)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Shift(1, 8)) & " " & Fmt.Unsigned(Word.Shift(x, -4)) & " " & Fmt.Unsigned(Word.Shift(1, 64)) & " " & Fmt.Unsigned(Word.RightShift(m1, 60)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Rotate(1, -1)) & " " & Fmt.Unsigned(Word.LeftRotate(16_8000000000000000, 1)) & "\n");
  IO.Put(Fmt.Bool(Word.LT(1, m1)) & " " & Fmt.Bool(1 < m1) & " " & Fmt.Bool(Word.GE(m1, 0)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Divide(m1, 16)) & " " & Fmt.Int(Word.Mod(m1, 10)) & " " & Fmt.Unsigned(Word.Plus(m1, 2)) & " " & Fmt.Unsigned(Word.Times(x, 2)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Extract(x, 4, 8)) & " " & Fmt.Unsigned(Word.Insert(0, 16_AB, 8, 8)) & " " & Fmt.Int(Word.Size) & "\n")
END WordOps.
