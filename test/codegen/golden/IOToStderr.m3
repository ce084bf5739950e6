(* Every IO.Put procedure takes an optional writer; Stdio.stderr sends the output to standard error. *)
MODULE IOToStderr EXPORTS Main;
IMPORT IO, Stdio;
BEGIN
  IO.Put("warning: ", Stdio.stderr);
  IO.PutInt(3, Stdio.stderr);
  IO.PutChar(' ', Stdio.stderr);
  IO.Put("problems\n", Stdio.stderr);
  IO.Put("result: ", Stdio.stdout);
  IO.PutInt(7, Stdio.stdout);
  IO.PutChar('\n', Stdio.stdout)
END IOToStderr.
