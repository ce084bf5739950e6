(* exit: 1 *)
(* Reading past the end of standard input without a handler: Rd.EndOfFile escapes the program. *)
MODULE StdinEndOfFile EXPORTS Main;
IMPORT IO, Rd, Stdio;
<*FATAL ANY*>
BEGIN
  IO.Put(Rd.GetLine(Stdio.stdin) & "\n");
  IO.Put(Rd.GetLine(Stdio.stdin) & "\n")
END StdinEndOfFile.
