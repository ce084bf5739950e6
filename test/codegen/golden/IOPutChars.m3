(* IO.Put writes a text and IO.PutChar one character; neither adds a newline of its own. *)
MODULE IOPutChars EXPORTS Main;
IMPORT IO;
BEGIN
  IO.Put("a");
  IO.Put("");
  IO.PutChar('b');
  IO.Put("c\n");
  FOR c := 'a' TO 'e' DO IO.PutChar(c); IO.PutChar(',') END;
  IO.PutChar('\n')
END IOPutChars.
