(* Text.SetChars copies characters of a text, from start, into as much of an array as fits. *)
MODULE TextSetChars EXPORTS Main;
IMPORT IO, Text;
VAR a := ARRAY [0 .. 4] OF CHAR{'.', ..};
PROCEDURE Show () =
  BEGIN
    FOR i := FIRST(a) TO LAST(a) DO IO.PutChar(a[i]) END;
    IO.PutChar('\n')
  END Show;
BEGIN
  Text.SetChars(a, "ab");
  Show();
  Text.SetChars(a, "0123456789");
  Show();
  Text.SetChars(a, "0123456789", 7);
  Show()
END TextSetChars.
