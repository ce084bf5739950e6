(* Constants may be computed from other constants with arithmetic, sets, texts and built-ins. *)
MODULE ConstExpressions EXPORTS Main;
IMPORT IO, Fmt;
TYPE Digit = [0 .. 9];
CONST
  Width = 8;
  Height = Width DIV 2 + 1;
  Area = Width * Height;
  Greeting = "Hello" & ", " & "area " ;
  Odd = SET OF Digit{1, 3, 5, 7, 9};
  Top = LAST(Digit) - FIRST(Digit);
  Big = MAX(Area, 100) MOD 7;
  Half = FLOAT(Area) / 2.0;
BEGIN
  IO.Put(Greeting & Fmt.Int(Area) & "\n");
  IO.Put(Fmt.Int(Height) & " " & Fmt.Int(Top) & " " & Fmt.Int(Big) & " " & Fmt.Real(Half) & "\n");
  IO.Put(Fmt.Bool(7 IN Odd) & " " & Fmt.Bool(4 IN Odd) & "\n")
END ConstExpressions.
