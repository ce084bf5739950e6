(* Word: unsigned arithmetic and bit operations on 64-bit INTEGER. *)
MODULE Words EXPORTS Main;

IMPORT IO, Word, Fmt;

VAR x: Word.T := 16_F0;

BEGIN
  x := Word.Or(Word.Shift(x, 4), Word.Extract(x, 4, 4));
  IF Word.LT(x, -1) THEN IO.Put(Fmt.Unsigned(Word.Insert(x, 1, 0, 1)) & Fmt.Int(Word.Size) & "\n") END;
END Words.
