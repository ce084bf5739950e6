(* Subranges: assignment from the base type is checked at run time, constants at compile time.
   CARDINAL is the subrange [0 .. LAST(INTEGER)]. *)
MODULE Subranges EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Percent = [0 .. 100];
  Letter = ['a' .. 'z'];

VAR
  p: Percent := 50;
  n: CARDINAL := 7;
  i: INTEGER := -1;
  l: Letter := 'q';
  c: CHAR;

BEGIN
  i := p;        (* always fits *)
  p := n;        (* checked at run time *)
  n := i;        (* checked at run time *)
  c := l;
  IO.Put(Fmt.Int(p + n + i) & Fmt.Char(c) & "\n");
END Subranges.
