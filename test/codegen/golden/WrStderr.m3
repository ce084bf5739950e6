(* Wr.PutText, Wr.PutChar and Wr.PutString on Stdio.stderr reach standard error, not standard output. *)
MODULE WrStderr EXPORTS Main;
IMPORT Wr, Stdio;
<*FATAL ANY*>
BEGIN
  Wr.PutText(Stdio.stdout, "out 1\n");
  Wr.PutText(Stdio.stderr, "err 1\n");
  Wr.PutChar(Stdio.stderr, 'E');
  Wr.PutString(Stdio.stderr, ARRAY OF CHAR{'r', 'r', '\n'});
  Wr.Flush(Stdio.stderr);
  Wr.PutText(Stdio.stdout, "out 2\n");
  Wr.Flush(Stdio.stdout)
END WrStderr.
