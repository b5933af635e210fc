DROP TYPE mood;
CREATE TYPE mood AS ENUM ('sad');
ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';
