(* Word.Extract reads a bit field and Word.Insert replaces one; together they pack small values. *)
MODULE WordExtractInsert EXPORTS Main;
IMPORT IO, Fmt, Word;
VAR packed := 0;
BEGIN
  IO.Put(Fmt.Unsigned(Word.Extract(16_ABCD, 8, 8)) & " " & Fmt.Unsigned(Word.Extract(16_ABCD, 0, 4)) & " " & Fmt.Unsigned(Word.Extract(-1, 60, 4)) & "\n");
  IO.Put(Fmt.Unsigned(Word.Insert(16_FFFF, 0, 4, 8)) & " " & Fmt.Unsigned(Word.Insert(0, 16_FFF, 0, 4)) & "\n");
  packed := Word.Insert(packed, 3, 0, 4);
  packed := Word.Insert(packed, 9, 4, 4);
  packed := Word.Insert(packed, 1, 63, 1);
  IO.Put(Fmt.Unsigned(packed) & " " & Fmt.Int(Word.Extract(packed, 4, 4)) & " " & Fmt.Int(Word.Extract(packed, 63, 1)) & "\n")
END WordExtractInsert.
