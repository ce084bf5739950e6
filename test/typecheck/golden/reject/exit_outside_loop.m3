(* EXIT leaves a loop, so it must be inside one. *)
MODULE ExitOutsideLoop EXPORTS Main;

VAR n := 0;

BEGIN
  IF n = 0 THEN EXIT END;
END ExitOutsideLoop.
