(* Stdio.stderr goes to the process's standard error, Stdio.stdout to its standard output. *)
MODULE Stderr EXPORTS Main;
IMPORT IO, Wr, Stdio;
<*FATAL ANY*>
BEGIN
  IO.Put("to stdout\n");
  IO.Put("to stderr\n", Stdio.stderr);
  Wr.PutText(Stdio.stdout, "via Wr" & Wr.EOL);
  Wr.PutChar(Stdio.stdout, '!');
  Wr.PutString(Stdio.stdout, ARRAY OF CHAR{'o', 'k', '\n'});
  Wr.Flush(Stdio.stdout)
END Stderr.
