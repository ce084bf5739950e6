(* An EPHEMERAL procedure may call only EPHEMERAL or FUNCTIONAL procedures. *)
MODULE EphemeralCallsOrdinary EXPORTS Main;

VAR total := 0;

PROCEDURE Slow () =
  BEGIN
    INC(total);
  END Slow;

EPHEMERAL PROCEDURE Tick () =
  BEGIN
    Slow();
  END Tick;

BEGIN
  Tick();
END EphemeralCallsOrdinary.
