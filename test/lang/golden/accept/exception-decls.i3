INTERFACE Errors;

EXCEPTION
  Failure;
  BadInput(TEXT);
  Overflow(INTEGER);
  Code(RECORD line, column: INTEGER END);

PROCEDURE Check(x: INTEGER) RAISES {Failure, BadInput};

END Errors.
