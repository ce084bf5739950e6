(* The Word interface's functions are the only procedures a constant expression may call (report
   2.6.15): these constants are folded by the compiler, and agree with the same calls at run time. *)
MODULE WordConstants EXPORTS Main;
IMPORT IO, Fmt, Word;

CONST
  Mask = Word.Shift(1, 4) - 1;
  High = Word.Shift(1, 63);
  Top = Word.RightShift(-1, 60);
  Rot = Word.Rotate(High, 1);
  Field = Word.Extract(16_ABCD, 4, 8);
  Patched = Word.Insert(16_FF00, 16_A, 4, 4);
  Bigger = Word.LT(1, -1);
  Half = Word.Divide(-2, 2);
  Wrap = Word.Plus(LAST(INTEGER), 1) = FIRST(INTEGER);

TYPE Small = [0 .. Mask];

VAR
  one := 1;
  table: ARRAY Small OF BOOLEAN;

BEGIN
  table[Mask] := TRUE;
  IO.Put(Fmt.Int(Mask) & " " & Fmt.Int(High) & " " & Fmt.Int(Top) & " " & Fmt.Int(Rot) & " "
           & Fmt.Int(Field, 16) & " " & Fmt.Int(Patched, 16) & " " & Fmt.Bool(Bigger) & " "
           & Fmt.Int(Half) & " " & Fmt.Bool(Wrap) & " " & Fmt.Bool(table[Mask]) & "\n");
  IO.Put(Fmt.Int(Word.Shift(one, 4) - 1) & " " & Fmt.Int(Word.Shift(one, 63)) & " "
           & Fmt.Int(Word.RightShift(-one, 60)) & " " & Fmt.Int(Word.Rotate(Word.Shift(one, 63), 1))
           & " " & Fmt.Int(Word.Extract(16_ABCD * one, 4, 8), 16) & " "
           & Fmt.Int(Word.Insert(16_FF00 * one, 16_A, 4, 4), 16) & " " & Fmt.Bool(Word.LT(one, -one))
           & " " & Fmt.Int(Word.Divide(-2 * one, 2)) & "\n")
END WordConstants.
