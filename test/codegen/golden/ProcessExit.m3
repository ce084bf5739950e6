(* exit: 3 *)
(* Process.Exit ends the program at once with the given status; output written so far is kept. *)
MODULE ProcessExit EXPORTS Main;
IMPORT IO, Process;
BEGIN
  IO.Put("leaving with 3\n");
  Process.Exit(3);
  IO.Put("not reached\n")
END ProcessExit.
