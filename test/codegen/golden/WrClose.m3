(* Wr.Close marks a writer closed; writing to it then raises Wr.Failure. *)
MODULE WrClose EXPORTS Main;
IMPORT IO, Fmt, Wr, Stdio;
<*FATAL ANY*>
BEGIN
  IO.Put(Fmt.Bool(Wr.Closed(Stdio.stderr)) & " " & Fmt.Bool(Wr.Seekable(Stdio.stdout)) & " " & Fmt.Bool(Wr.Buffered(Stdio.stdout)) & "\n");
  Wr.Close(Stdio.stderr);
  TRY Wr.PutText(Stdio.stderr, "lost") EXCEPT Wr.Failure => IO.Put("Failure after Close\n") END;
  IO.Put(Fmt.Bool(Wr.Closed(Stdio.stderr)) & "\n")
END WrClose.
