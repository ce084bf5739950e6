(* Process.Exit with no argument ends the program successfully, skipping the rest of the body. *)
MODULE ProcessExitZero EXPORTS Main;
IMPORT IO, Process;
BEGIN
  IO.Put("done early\n");
  Process.Exit();
  IO.Put("not reached\n")
END ProcessExitZero.
