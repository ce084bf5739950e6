MODULE Text;
CONST Greeting = "hello;
BEGIN
END Text.
