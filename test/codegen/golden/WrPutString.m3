(* Wr.PutString writes every character of an array, including a SUBARRAY slice of one. *)
MODULE WrPutString EXPORTS Main;
IMPORT Wr, Stdio;
<*FATAL ANY*>
VAR buf := ARRAY [0 .. 9] OF CHAR{'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'};
BEGIN
  Wr.PutString(Stdio.stdout, buf);
  Wr.PutChar(Stdio.stdout, '\n');
  Wr.PutString(Stdio.stdout, SUBARRAY(buf, 3, 4));
  Wr.PutText(Stdio.stdout, Wr.EOL);
  Wr.PutString(Stdio.stdout, SUBARRAY(buf, 0, 0));
  Wr.Flush(Stdio.stdout)
END WrPutString.
