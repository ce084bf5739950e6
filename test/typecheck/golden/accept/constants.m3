(* Constant expressions are folded at compile time: integers (exact, 64-bit), DIV and MOD
   rounding toward minus infinity, booleans, characters, texts, sets and reals. *)
MODULE Constants EXPORTS Main;

IMPORT IO, Fmt;

TYPE Digit = [0 .. 9];

CONST
  Width = 80;
  Half = Width DIV 2;
  MinusSeven = -7;
  Floor = MinusSeven DIV 2;        (* -4 *)
  Remainder = MinusSeven MOD 2;    (* 1 *)
  Largest = LAST(INTEGER);
  Smallest = FIRST(INTEGER);
  Mask = 16_FF;
  Yes = NOT FALSE AND (1 < 2);
  Letter = 'A';
  Greeting = "Hello" & ", " & "world";
  Evens = SET OF Digit{0, 2, 4, 6, 8};
  Small = SET OF Digit{0 .. 3};
  Both = Evens * Small;
  Pi = 3.14159;
  Tau = Pi * 2.0;
  Word = BITSIZE(INTEGER);

VAR size: [0 .. Width] := Half;

BEGIN
  IF Yes AND (2 IN Both) AND Largest > Smallest AND Floor < Remainder THEN
    IO.Put(Greeting & Fmt.Int(size + Mask + Word) & Fmt.Char(Letter) & Fmt.Real(Tau));
  END;
END Constants.
