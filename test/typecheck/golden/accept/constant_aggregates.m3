(* Array and record constructors of constants are constants, and so are their elements and
   fields selected with constant subscripts. *)
MODULE ConstantAggregates EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Point = RECORD x, y: INTEGER END;
  Primes = ARRAY [1 .. 5] OF INTEGER;

CONST
  Origin = Point{0, 0};
  Unit = Point{x := 1, y := 1};
  First = Primes{2, 3, 5, 7, 11};
  Third = First[3];                  (* 5 *)
  Sum = Unit.x + Unit.y + Origin.x;  (* 2 *)
  Table = ARRAY [0 .. 1] OF ARRAY [0 .. 1] OF CHAR{
    ARRAY [0 .. 1] OF CHAR{'a', 'b'}, ARRAY [0 .. 1] OF CHAR{'c', 'd'}};
  Corner = Table[1, 0];              (* 'c' *)

VAR buffer: ARRAY [1 .. Third] OF INTEGER;

BEGIN
  buffer[Third] := Sum;
  IO.Put(Fmt.Int(buffer[5]) & Fmt.Char(Corner) & "\n");
END ConstantAggregates.
