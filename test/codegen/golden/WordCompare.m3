(* Word.LT, LE, GT and GE compare as unsigned: negative integers are above every positive one. *)
MODULE WordCompare EXPORTS Main;
IMPORT IO, Fmt, Word;
PROCEDURE Row (x, y: INTEGER) =
  BEGIN
    IO.Put(Fmt.Bool(Word.LT(x, y)) & " " & Fmt.Bool(Word.LE(x, y)) & " " & Fmt.Bool(Word.GT(x, y)) & " " & Fmt.Bool(Word.GE(x, y)) & "\n")
  END Row;
BEGIN
  Row(1, 2);
  Row(2, 2);
  Row(0, -1);
  Row(-1, 1);
  Row(FIRST(INTEGER), LAST(INTEGER))
END WordCompare.
